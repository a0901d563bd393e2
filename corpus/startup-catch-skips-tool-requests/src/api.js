import axios from "axios";

export const api = axios.create({ baseURL: "https://api.forecast.example/v2", headers: { "X-Api-Key": process.env.FORECAST_API_KEY } });
