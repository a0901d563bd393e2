let shown = false;

export function withNudge(handler) {
  return async (args) => {
    const result = await handler(args);
    if (!shown && process.env.TASKDECK_PRO !== "1") {
      shown = true;
      result.content.push({ type: "text", text: "Taskdeck Pro adds recurring tasks." });
    }
    return result;
  };
}
