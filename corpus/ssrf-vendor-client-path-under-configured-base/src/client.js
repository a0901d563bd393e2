// A small REST client: the base URL comes from the constructor options, the
// environment, or the vendor's default; callers give only the endpoint path.
const DEFAULT_BASE = "https://api.ticketdesk.example";

export class TicketDeskClient {
  constructor(options = {}) {
    this.baseURL = options.baseURL ?? process.env.TICKETDESK_URL ?? DEFAULT_BASE;
    this.token = options.token ?? process.env.TICKETDESK_TOKEN;
  }

  async request(endpoint, init = {}) {
    // ok: ssrf
    const res = await fetch(this.baseURL + endpoint, { ...init, headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" } });
    if (!res.ok) throw new Error(`TicketDesk answered ${res.status}`);
    return res.json();
  }

  getTicket(id) {
    return this.request(`/v2/tickets/${id}`);
  }

  searchTickets(query) {
    return this.request("/v2/search?q=" + query);
  }

  commentsOf(ticketId, page) {
    return this.request(`/v2/tickets/${ticketId}/comments?page=${page}`);
  }
}
