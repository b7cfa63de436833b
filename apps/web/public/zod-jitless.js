// The SPA runs under a CSP without 'unsafe-eval'. Zod compiles object parsers with
// `new Function` unless configured `jitless`, and decides (and probes for eval, which a strict
// CSP reports as a violation even though zod catches the error) as each schema is defined,
// i.e. while the bundle's modules load. Zod reads this global when it loads, so it is set here,
// in a classic script that runs before the module scripts. External, so no inline script.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
