import type { Metadata } from "next";
import { RulesView } from "../_components/rules-view";

export const metadata: Metadata = { title: "Label rules" };

export default function LabelRulesPage() {
  return <RulesView />;
}
