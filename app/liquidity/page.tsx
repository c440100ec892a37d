import type { Metadata } from "next";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { LiquidityScreenLoader } from "./_components/liquidity-screen-loader";

export const metadata: Metadata = {
  title: "Liquidity",
  description: "Provide milkTIA/TIA liquidity on Osmosis in a price range, or join and exit balancer pools, with exact amounts and shares.",
};

// Server shell: headings and explanations; the pools, chart and forms are a client island.
export default function LiquidityPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10">
      <PageHeader
        title="Liquidity"
        lead="Put milkTIA to work in Osmosis pools. A concentrated position earns spread rewards while the price is inside the range you choose, and its milkTIA keeps earning staking yield; a balancer pool holds its assets in fixed weights across every price."
      />
      <section aria-labelledby="liquidity-heading" className="min-h-[900px]">
        <h2 id="liquidity-heading" className="sr-only">
          Pools and positions
        </h2>
        <LiquidityScreenLoader />
      </section>
      <section aria-labelledby="liquidity-how" className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardTitle id="liquidity-how">In range and out of range</CardTitle>
          <CardText>
            A concentrated position holds both tokens only while the pool&rsquo;s price is inside its range. If the price
            falls below the range the position holds only milkTIA, if it rises above only TIA, and either way it earns
            no spread rewards until the price returns.
          </CardText>
        </Card>
        <Card>
          <CardTitle>Value against holding</CardTitle>
          <CardText>
            Your portfolio compares each position with simply having held what you deposited, at today&rsquo;s price. The
            milkTIA inside a position still grows against TIA as staking rewards are compounded.
          </CardText>
        </Card>
      </section>
    </div>
  );
}
