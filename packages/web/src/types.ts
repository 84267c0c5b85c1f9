// Shapes the server sends: core's contracts, the routes' response schemas.
export type { Me, UnitTreeNode } from '@doithoai/core';
