import { LoadingState } from "../_components/loading-state";

// Settings is loading.
export default function SettingsLoading() {
  return <LoadingState label="Loading your settings…" blocks={4} />;
}
