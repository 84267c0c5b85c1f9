// The web files that still wrote by hand the shape of a route's answer when the rule came (issue 19,
// after my-work and follow-up moved to core's contracts). The list only shrinks:
// web-response-types.test.ts fails on a file not in it that hand-writes one, and on a file in it
// that no longer does (take it off). How a line goes: the route's response contract in
// packages/core beside its input contracts, `response: { 200: … }` on the route, and the web
// importing the contract's inferred type from @doithoai/core.
export const webResponseTypesToMove: readonly string[] = [];
