// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ILitPriceFeed} from "../interfaces/ILitPriceFeed.sol";
import {LitFeedLib} from "./LitFeedLib.sol";

/// @title ExampleLending
/// @notice A deliberately small lending market showing how to consume a lit-oracle feed: native coin
///         as collateral, debt counted in USD (8 decimals, an internal ledger), priced by an ETH/USD
///         feed read through `LitFeedLib` (sequencer, pause, breach, answer > 0, staleness against the
///         feed's heartbeat). Every price-dependent action also has a pull-mode twin that lands a
///         fresh signed report first (`...WithUpdate`). Not a production protocol: no interest, no
///         close factor, no reentrancy surface beyond the final transfer (checks-effects-interactions).
contract ExampleLending {
    using LitFeedLib for ILitPriceFeed;

    /// @notice Loan-to-value for borrowing and the liquidation threshold, in basis points.
    uint256 public constant MAX_LTV_BPS = 7_500;
    uint256 public constant LIQUIDATION_THRESHOLD_BPS = 8_500;
    uint256 private constant BPS = 10_000;
    /// @notice Debt unit: USD with 8 decimals.
    uint8 public constant DEBT_DECIMALS = 8;

    ILitPriceFeed public immutable PRICE_FEED;
    LitFeedLib.Checks private _checks;

    mapping(address account => uint256) public collateralOf;
    mapping(address account => uint256) public debtOf;

    event Deposited(address indexed account, uint256 amount);
    event Borrowed(address indexed account, uint256 amountUsd, uint256 price);
    event Liquidated(address indexed account, address indexed by, uint256 collateral, uint256 debt, uint256 price);

    error Undercollateralized(uint256 debtUsd, uint256 limitUsd);
    error Healthy(uint256 debtUsd, uint256 thresholdUsd);
    error TransferFailed();

    constructor(ILitPriceFeed priceFeed, LitFeedLib.Checks memory checks) {
        PRICE_FEED = priceFeed;
        _checks = checks;
    }

    function deposit() external payable {
        collateralOf[msg.sender] += msg.value;
        emit Deposited(msg.sender, msg.value);
    }

    function borrow(uint256 amountUsd) external {
        _borrow(amountUsd, PRICE_FEED.read(_checks));
    }

    /// @notice `borrow` after landing `update` (pull mode: the keeper's ready calldata).
    function borrowWithUpdate(uint256 amountUsd, bytes calldata update) external {
        (LitFeedLib.Price memory price,) = PRICE_FEED.updateAndRead(update, _checks);
        _borrow(amountUsd, price);
    }

    /// @notice Seizes all collateral of an account whose debt exceeds the liquidation threshold, for
    ///         the caller (who takes the debt off the books; a real protocol would charge them for it).
    function liquidate(address account) external {
        LitFeedLib.Price memory price = PRICE_FEED.read(_checks);
        uint256 collateral = collateralOf[account];
        uint256 debt = debtOf[account];
        uint256 threshold = _valueUsd(collateral, price) * LIQUIDATION_THRESHOLD_BPS / BPS;
        if (debt <= threshold) revert Healthy(debt, threshold);
        // EFFECTS before the transfer.
        collateralOf[account] = 0;
        debtOf[account] = 0;
        emit Liquidated(account, msg.sender, collateral, debt, price.answer);
        (bool ok,) = msg.sender.call{value: collateral}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice USD value (8 decimals) of `amount` wei of collateral at the checked feed price.
    function collateralValueUsd(address account) external view returns (uint256) {
        return _valueUsd(collateralOf[account], PRICE_FEED.read(_checks));
    }

    function _borrow(uint256 amountUsd, LitFeedLib.Price memory price) private {
        uint256 debt = debtOf[msg.sender] + amountUsd;
        uint256 limit = _valueUsd(collateralOf[msg.sender], price) * MAX_LTV_BPS / BPS;
        if (debt > limit) revert Undercollateralized(debt, limit);
        debtOf[msg.sender] = debt;
        emit Borrowed(msg.sender, amountUsd, price.answer);
    }

    /// @dev wei (18 decimals) x price (feed decimals) -> USD with DEBT_DECIMALS.
    function _valueUsd(uint256 amountWei, LitFeedLib.Price memory price) private pure returns (uint256) {
        return amountWei * price.answer * (10 ** DEBT_DECIMALS) / (10 ** (18 + uint256(price.decimals)));
    }
}
