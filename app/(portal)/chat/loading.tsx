import { LoadingState } from "../_components/loading-state";

// Chat is loading: placeholders while her history is fetched.
export default function ChatLoading() {
  return <LoadingState label="Loading your chat…" blocks={2} />;
}
