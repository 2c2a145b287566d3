import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError } from "../services/index.ts";
import type { Problem } from "../shared/index.ts";

/** The one JSON shape of every API error. */
export interface ErrorBody {
  error: { status: number; code: string; message: string; problems?: Problem[] };
}

const STATUS_OF: Record<DomainError["code"], number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorised: 401,
};

/** Builds an error body. */
export function errorBody(
  status: number,
  code: string,
  message: string,
  problems?: Problem[],
): ErrorBody {
  return { error: { status, code, message, ...(problems?.length ? { problems } : {}) } };
}

/** `/members/0/organisation` → `$.members[0].organisation`. */
function pathOf(instancePath: string, where: string): string {
  const parts = instancePath.split("/").filter(Boolean);
  const tail = parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join("");
  return where === "body" ? `$${tail}` : `${where}${tail}`;
}

/** Maps domain errors, validation failures and fastify's own errors to HTTP, in one place. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const status = STATUS_OF[error.code];
    return reply.status(status).send(errorBody(status, error.code, error.message, error.problems));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? "body";
    const problems = error.validation.map((v) => ({
      path: pathOf(v.instancePath, where),
      message: v.message ?? "is not valid",
    }));
    const what = where === "body" ? "The request body is not valid" : `The ${where} is not valid`;
    return reply.status(400).send(errorBody(400, "invalid", what, problems));
  }
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    const type = String(request.headers["content-type"] ?? "none");
    const message = `This route does not accept a body of type ${type}; see the types it consumes at /api/docs`;
    return reply.status(415).send(errorBody(415, "unsupported_type", message));
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return reply.status(413).send(errorBody(413, "too_large", "The request body is too large"));
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return reply
      .status(error.statusCode)
      .send(
        errorBody(
          error.statusCode,
          error.statusCode === 429 ? "too_many_requests" : "invalid",
          error.message,
        ),
      );
  request.log.error(error);
  return reply.status(500).send(errorBody(500, "internal", "Something went wrong on the server"));
}
