import { LoadingState } from "../../_components/loading-state";

export default function ConversationsLoading() {
  return <LoadingState label="Loading your conversations" blocks={4} />;
}
