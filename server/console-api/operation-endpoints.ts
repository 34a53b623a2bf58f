/** `GET /api/operations` and `GET /api/operations/{id}`: the shared operation records. */
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import {
  isOperationId,
  operationKinds,
  operationStates,
  type OperationList,
} from '../../contracts/identity-api.ts';
import { ProxyProblem, sendJson } from '../proxy/errors.ts';
import type { ConsoleStore } from '../store/types.ts';
import { blankToUndefined, readQuery } from './query-values.ts';
import { toOperation } from './records.ts';

const querySchema = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(operationKinds).optional()),
  state: z.preprocess(blankToUndefined, z.enum(operationStates).optional()),
  catalogId: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(20)),
});

export async function sendOperationList(res: ServerResponse, rawUrl: string, store: ConsoleStore) {
  const filters = readQuery(querySchema, rawUrl, 'operation filters');
  const items = await store.operations.list(filters);
  const body: OperationList = { items: items.map(toOperation) };
  sendJson(res, 200, body);
}

export async function sendOperation(res: ServerResponse, id: string, store: ConsoleStore) {
  const operation = isOperationId(id) ? await store.operations.get(id) : null;
  if (!operation)
    throw new ProxyProblem('not_found', `No operation has the id ${id.slice(0, 80)}.`);
  sendJson(res, 200, toOperation(operation));
}
