import type { FastifyRequest } from 'fastify';
import { localOwner, type Actor } from '../common/actor.js';

/**
 * Who is making a request. In single-user mode (a laptop, loopback only) it is always the local
 * owner; a multi-user server will resolve its signed-in user here, and nowhere else.
 */
export type ActorResolver = (request: FastifyRequest) => Actor;

export const singleUser: ActorResolver = () => localOwner;
