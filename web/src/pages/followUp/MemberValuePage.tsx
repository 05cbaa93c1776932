export function MemberValuePage() {
  return null;
}
