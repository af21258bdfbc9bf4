// A refusal or failure said kindly, where assistive technology announces it.
export function Problem({ id, text }: { id?: string; text: string }) {
  if (!text) return null;
  return (
    <p id={id} class="problem" role="alert">
      {text}
    </p>
  );
}
