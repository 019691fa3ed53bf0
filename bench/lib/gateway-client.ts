// Calls functions through the local gateway, as the H5 app does (Node's fetch keeps connections alive).

/** POST /api/<fn>; resolves with the status and parsed envelope. */
export async function callGateway(url: string, fn: string, body: unknown, openid?: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify(body)
  })
  return { status: res.status, body: await res.json() }
}
