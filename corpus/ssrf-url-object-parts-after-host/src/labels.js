// Label printing goes to a fixed service; written as plain functions in another module.
const LABELS_API = process.env.PARCELHUB_LABELS_URL || "https://labels.parcelhub.example/v1/";

export async function labelPdf(parcelId, format) {
  const target = new URL("labels", LABELS_API);
  target.searchParams.append("parcel", parcelId);
  target.searchParams.set("format", format);
  // ok: ssrf
  const res = await fetch(target.toString());
  return Buffer.from(await res.arrayBuffer()).toString("base64");
}

export async function labelTemplate(template) {
  // A relative reference of the model's own against a base with a path: `//evil.example/x` still leaves it.
  const res = await fetch(new URL(template, "https://labels.parcelhub.example/v1/templates/")); // expect: ssrf
  return res.text();
}

export async function labelPreview(parcelId) {
  const u = new URL("https://labels.parcelhub.example/v1/preview");
  u.hash = `parcel-${parcelId}`;
  u.href = parcelId;
  const res = await fetch(u); // expect: ssrf
  return res.text();
}
