import { redirect } from "next/navigation";

// The negotiations are listed on the home page.
export default function NegotiationsIndex() {
  redirect("/");
}
