const API_KEY = process.env.NASA_API_KEY ?? "DEMO_KEY";

export async function apod(date?: string) {
  // expect: secret-in-url
  const res = await fetch(`https://api.nasa.gov/planetary/apod?api_key=${API_KEY}${date ? `&date=${date}` : ""}`);
  if (!res.ok) throw new Error(`NASA API error ${res.status}`);
  return (await res.json()) as { title: string; url: string; explanation: string };
}

export async function roverPhotos(rover: string, sol: number) {
  // expect: secret-in-url
  const url = "https://api.nasa.gov/mars-photos/api/v1/rovers/" + rover + "/photos?sol=" + sol + "&api_key=" + API_KEY;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`NASA API error ${res.status}`);
  return ((await res.json()) as { photos: { img_src: string }[] }).photos;
}
