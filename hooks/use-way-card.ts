"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { wayCardMerchantsQuery, wayCardParamsQuery, wayCardQuery, wayCardStatementQuery } from "@/lib/queries/way-card";

// Thin wrappers over lib/queries/way-card.ts; readiness (skipToken) lives in the factories.

export const useWayCard = (net: NetworkSnapshot, owner?: string) => useQuery(wayCardQuery(net, owner));
export const useWayCardStatement = (net: NetworkSnapshot, owner?: string) => useInfiniteQuery(wayCardStatementQuery(net, owner));
export const useWayCardParams = (net: NetworkSnapshot) => useQuery(wayCardParamsQuery(net));
export const useWayCardMerchants = (net: NetworkSnapshot) => useQuery(wayCardMerchantsQuery(net));
