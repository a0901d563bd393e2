export async function renderPicture(args, studio) {
  const job = await studio.canvases.render({ prompt: args.prompt, width: args.width ?? 1024 });
  const lines = [`Rendered "${args.prompt}"`];
  for (const layer of job.layers ?? []) if (layer.caption) lines.push(layer.caption);
  return { content: [{ type: "text", text: lines.join("\n") }, { type: "image", data: job.image, mimeType: "image/png" }] };
}

export async function retouchPicture(args, studio) {
  const edit = await studio.edits.apply({ source: args.imageId, instruction: args.instruction });
  return { content: [{ type: "text", text: `Retouched ${args.imageId}: ${edit.summary}` }] };
}

export function describeConnection(studio) {
  return { content: [{ type: "text", text: JSON.stringify(studio) }] };
}
