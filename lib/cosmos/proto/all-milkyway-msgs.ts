/**
 * Every MilkyWay Msg codec generated from proto/, admin ones included. The page registers only
 * what it sends (registry-types.ts); tests that sign with every converter the app has use this.
 */
import type { GeneratedType } from "@cosmjs/proto-signing";
import * as operators from "./gen/milkyway/operators/v1/messages";
import * as restaking from "./gen/milkyway/restaking/v1/messages";
import * as rewards from "./gen/milkyway/rewards/v1/messages";
import * as services from "./gen/milkyway/services/v1/messages";

export function allMilkywayMsgTypes(): Array<[string, GeneratedType]> {
  const out: Array<[string, GeneratedType]> = [];
  for (const mod of [restaking, operators, services, rewards]) {
    for (const v of Object.values(mod) as unknown[]) {
      const t = v as Partial<GeneratedType> & { typeUrl?: unknown };
      if (typeof t?.typeUrl === "string" && /\.Msg[A-Za-z]+$/.test(t.typeUrl) && !t.typeUrl.endsWith("Response")) out.push([t.typeUrl, t as GeneratedType]);
    }
  }
  return out;
}
