// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ILitMessenger} from "../messaging/ILitMessenger.sol";
import {LitMessageRecipient} from "../messaging/LitMessageRecipient.sol";

/// @title LitTokenBridge
/// @notice Example app: a burn/mint token. `bridge` burns on this chain and sends a message; the peer
///         on the destination mints on delivery. What makes it safe, beyond the messenger's guarantees
///         (finality and canonicality checked by the relay action from several providers, exactly-once,
///         EIP-712 binding of both chains, contracts and the payload):
///         - only the messenger may mint, and only for a message from the registered peer on its chain;
///         - the amount and the beneficiary travel in the payload the signature binds (no ad-hoc encoding);
///         - a per-window mint cap bounds what a compromised signer or a bug can mint (the rest reverts:
///           the message is stored as Failed and can be retried once the window has room);
///         - a zero beneficiary or amount is refused at the source (tokens are never burned to nowhere).
contract LitTokenBridge is ERC20, LitMessageRecipient, Ownable {
    uint32 public constant MINT_GAS_LIMIT = 100_000;

    /// @notice Most tokens minted per `MINT_WINDOW_SECONDS`.
    uint256 public mintCapPerWindow;
    uint32 public immutable MINT_WINDOW_SECONDS;
    uint256 public windowStart;
    uint256 public mintedInWindow;

    event BridgeOut(bytes32 indexed id, uint64 indexed dstChainId, address indexed from, address to, uint256 amount);
    event BridgeIn(bytes32 indexed id, uint64 indexed srcChainId, address indexed to, uint256 amount);
    event MintCapSet(uint256 capPerWindow);

    error ZeroAmount();
    error ZeroBeneficiary();
    error NoPeer(uint64 dstChainId);
    error MintCapExceeded(uint256 amount, uint256 available);

    constructor(address messenger, address owner_, uint256 mintCapPerWindow_, uint32 mintWindowSeconds)
        ERC20("Lit Bridged Token", "LBT")
        LitMessageRecipient(messenger)
        Ownable(owner_)
    {
        mintCapPerWindow = mintCapPerWindow_;
        MINT_WINDOW_SECONDS = mintWindowSeconds;
    }

    function setPeer(uint64 chainId, address peer_) external onlyOwner {
        _setPeer(chainId, peer_);
    }

    function setMintCap(uint256 capPerWindow) external onlyOwner {
        mintCapPerWindow = capPerWindow;
        emit MintCapSet(capPerWindow);
    }

    /// @notice Owner: initial supply on the home chain.
    function mintInitial(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Burns `amount` here and sends a mint of it for `to` to the peer on `dstChainId`; pay `quote`.
    function bridge(uint64 dstChainId, address to, uint256 amount) external payable returns (bytes32 id) {
        if (amount == 0) revert ZeroAmount();
        if (to == address(0)) revert ZeroBeneficiary();
        address dstPeer = peer(dstChainId);
        if (dstPeer == address(0)) revert NoPeer(dstChainId);
        _burn(msg.sender, amount);
        (id,) = ILitMessenger(MESSENGER).sendMessage{value: msg.value}(
            dstChainId, dstPeer, abi.encode(to, amount), MINT_GAS_LIMIT
        );
        emit BridgeOut(id, dstChainId, msg.sender, to, amount);
    }

    /// @notice The fee of `bridge` to `dstChainId`.
    function quote(uint64 dstChainId) external view returns (uint256) {
        return ILitMessenger(MESSENGER).quote(dstChainId, 64, MINT_GAS_LIMIT);
    }

    function _handle(bytes32 id, uint64 srcChainId, address, bytes calldata payload) internal override {
        (address to, uint256 amount) = abi.decode(payload, (address, uint256));
        if (block.timestamp >= windowStart + MINT_WINDOW_SECONDS) {
            windowStart = block.timestamp;
            mintedInWindow = 0;
        }
        uint256 available = mintCapPerWindow - mintedInWindow;
        if (amount > available) revert MintCapExceeded(amount, available);
        mintedInWindow += amount;
        _mint(to, amount);
        emit BridgeIn(id, srcChainId, to, amount);
    }
}
