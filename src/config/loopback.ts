/** Names and addresses that reach only this computer. */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

// 127.0.0.0/8 as an address only: a name such as 127.0.0.1.evil.example is not loopback.
const loopbackAddress = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export const isLoopback = (host: string) => loopbackHosts.has(host) || loopbackAddress.test(host);
