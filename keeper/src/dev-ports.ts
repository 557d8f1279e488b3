/** Fixed loopback RPC ports of the two dev chains (31337, 31338), so a dapp can be pointed at them. */
export const DEV_RPC_PORTS = [8545, 8546] as const;
