import { LoadingState } from "../_components/loading-state";

export default function DiaryLoading() {
  return <LoadingState label="Loading your diary" blocks={4} />;
}
