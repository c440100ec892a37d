"use client";

import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { denomPricesQuery } from "@/lib/queries/prices";

/** USD prices by denom (null = no price) from x/assets + connect x/oracle; see lib/queries/prices.ts. */
export const useDenomPrices = (net: NetworkSnapshot, denoms: ReadonlyArray<string>) => useQuery(denomPricesQuery(net, denoms));
