// What is a valid piece of content: one module imported by the Astro build
// (src/content.config.ts), the validator CLI, the submission form and the tests.
export * from './common';
export * from './provider';
export * from './service';
export * from './taxonomy';
