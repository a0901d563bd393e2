import { SketchlineClient } from "sketchline-render";
import { z } from "zod";

const SettingsSchema = z.object({ renderKey: z.string().min(16), region: z.string().default("eu") });

export class StudioSettings {
  values = null;
  studio = null;

  load() {
    const fromEnv = process.env.SKETCHLINE_RENDER_KEY;
    if (!fromEnv) return false;
    this.values = SettingsSchema.parse({ renderKey: fromEnv, region: process.env.SKETCHLINE_REGION });
    this.studio = new SketchlineClient({ apiKey: this.values.renderKey, region: this.values.region });
    return true;
  }
}
