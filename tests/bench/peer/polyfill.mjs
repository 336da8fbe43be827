// Promise.withResolvers arrived in Node 22; grafast and grafserv 1.x call it (engines: node >= 22).
// Without it every query fails with a masked error. Preload: node --import ./polyfill.mjs server.mjs
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
