// Accounts and sign-in: what their routes answer.
export * from './auth-responses.js';
