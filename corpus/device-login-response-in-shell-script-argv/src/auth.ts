// The service's device-login API, as static methods: the engine follows them into the request.
export class DeviceAuth {
  static async requestCode(baseUrl: string): Promise<{ verification_url: string; user_code: string }> {
    const res = await fetch(`${baseUrl.replace(/\/$/, "")}/api/v1/device-code`, { method: "POST" });
    if (!res.ok) throw new Error(`device code request failed: ${res.status}`);
    return (await res.json()) as { verification_url: string; user_code: string };
  }

  static async ownCode(): Promise<{ verification_url: string }> {
    const res = await fetch("https://login.qa-service.example/api/v1/device-code", { method: "POST" });
    return (await res.json()) as { verification_url: string };
  }
}
