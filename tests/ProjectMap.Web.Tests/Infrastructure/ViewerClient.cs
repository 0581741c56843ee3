using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>An HTTP client for the viewer's API that keeps cookies and the antiforgery token, like the browser does.</summary>
public sealed class ViewerClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a client for a server.</summary>
    public ViewerClient(string baseUrl)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    }

    /// <summary>The antiforgery token from the last session answer.</summary>
    public string? Token { get; private set; }

    /// <summary>The underlying client.</summary>
    public HttpClient Http => _http;

    /// <summary>Fetches the session (and a token).</summary>
    public async Task<JsonElement> SessionAsync()
    {
        var session = await _http.GetFromJsonAsync<JsonElement>("/api/session");
        Token = session.GetProperty("antiforgeryToken").GetString();
        return session;
    }

    /// <summary>Logs in and returns the response (the token is renewed on success).</summary>
    public async Task<HttpResponseMessage> LoginAsync(string name, string password = ViewerServerFixture.Password)
    {
        await SessionAsync();
        var response = await SendAsync(HttpMethod.Post, "/account/login", new { name, password });
        if (response.IsSuccessStatusCode)
        {
            Token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString();
        }

        return response;
    }

    /// <summary>Sends JSON with the antiforgery token (unless <paramref name="withToken"/> is false).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body, bool withToken = true)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        if (withToken && Token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", Token);
        }

        return _http.SendAsync(request);
    }

    /// <summary>PUTs raw bytes (a chunk) with the antiforgery token.</summary>
    public Task<HttpResponseMessage> PutBytesAsync(string path, ReadOnlyMemory<byte> bytes)
    {
        var content = new ByteArrayContent(bytes.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = content };
        if (Token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", Token);
        }

        return _http.SendAsync(request);
    }

    /// <summary>GET with HTTP Basic credentials.</summary>
    public Task<HttpResponseMessage> GetWithBasicAsync(string path, string name, string password = ViewerServerFixture.Password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{password}")));
        return _http.SendAsync(request);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
