// The demo commune Sơn Giang as the opinion tests see it: its id, villages and people.
import type { TestApp } from './test-app.js';

interface TreeNode {
  id: string;
  code: string;
  name: string;
  children: TreeNode[];
  people: { id: string; fullName: string }[];
}
const flatten = (nodes: TreeNode[]): TreeNode[] =>
  nodes.flatMap((n) => [n, ...flatten(n.children)]);

export async function sonGiang(t: TestApp, cookie: string) {
  const units = flatten(
    (await t.app.inject({ url: '/api/units/tree', headers: { cookie } })).json().units,
  );
  const sg = units.find((u) => u.code === 'demo-son-giang')!;
  const village = (name: string) => sg.children.find((c) => c.name === name)!.id;
  return { sg, village };
}
