import { LoadingState } from "../_components/loading-state";

export default function DashboardLoading() {
  return <LoadingState label="Loading your dashboard" blocks={4} />;
}
