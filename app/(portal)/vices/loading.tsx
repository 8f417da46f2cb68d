import { LoadingState } from "../_components/loading-state";

export default function VicesLoading() {
  return <LoadingState label="Loading your vices" blocks={4} />;
}
