export {
  COST_DISCLAIMER,
  estimateMonthlyCost,
  type TCostEstimate,
  type TCostItem,
  type TNotEstimated,
} from "./estimate-monthly-cost.ts";
export { PRICE_DATE, PRICE_REGION } from "./prices.ts";
