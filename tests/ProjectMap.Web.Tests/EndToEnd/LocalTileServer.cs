using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>A stand-in basemap on loopback: answers every tile request with a 256×256 PNG and records the paths asked for.</summary>
public sealed class LocalTileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _tile;
    private readonly Task _loop;

    /// <summary>Starts on a free loopback port.</summary>
    public LocalTileServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        using var image = new Image<Rgba32>(256, 256, new Rgba32(250, 235, 200));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        _tile = png.ToArray();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>The tile paths requested.</summary>
    public ConcurrentQueue<string> Requested { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requested.Enqueue(context.Request.Url!.PathAndQuery);
            context.Response.ContentType = "image/png";
            await context.Response.OutputStream.WriteAsync(_tile);
            context.Response.Close();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
