import { LoadingState } from "../../_components/loading-state";

export default function ConversationLoading() {
  return <LoadingState label="Loading the conversation" blocks={4} />;
}
