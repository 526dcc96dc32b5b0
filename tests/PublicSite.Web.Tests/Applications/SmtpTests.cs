using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace PublicSite.Web.Tests.Applications;

/// <summary>With an SMTP server configured, mail goes out through MailKit; when the server cannot be reached it is kept in the pickup folder.</summary>
public sealed class SmtpTests
{
    [Fact]
    public async Task The_confirmation_is_sent_through_the_configured_SMTP_server()
    {
        using var server = new LoopbackSmtpServer();
        using var site = new ApplicationSite(b =>
        {
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:Security", "None");
        });

        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        var message = await server.Received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("RCPT TO:<chan.meiling@example.mo>", message.Envelope, StringComparison.Ordinal);
        Assert.Contains(reference, message.Data, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.MailPickup) && Directory.EnumerateFiles(site.MailPickup).Any());
    }

    [Fact]
    public async Task Mail_that_cannot_be_sent_is_kept_in_the_pickup_folder()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var site = new ApplicationSite(b =>
        {
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:Security", "None");
        });

        var (reference, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(site.MailPickup, "*.eml")));
        Assert.Contains(reference, mail, StringComparison.Ordinal);
    }

    /// <summary>Just enough of an SMTP server on 127.0.0.1 to take one message; it stops by itself when disposed.</summary>
    private sealed class LoopbackSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(2));

        public LoopbackSmtpServer()
        {
            _listener.Start();
            _ = ServeAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public TaskCompletionSource<(string Envelope, string Data)> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private async Task ServeAsync()
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                var envelope = new StringBuilder();
                var data = new StringBuilder();
                await writer.WriteLineAsync("220 localhost ESMTP test");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    envelope.AppendLine(line);
                    if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("250 localhost");
                    }
                    else if (line.Equals("DATA", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("354 go ahead");
                        while (await reader.ReadLineAsync(_stop.Token) is { } body && body != ".")
                        {
                            data.AppendLine(body);
                        }
                        await writer.WriteLineAsync("250 queued");
                    }
                    else if (line.Equals("QUIT", StringComparison.OrdinalIgnoreCase))
                    {
                        await writer.WriteLineAsync("221 bye");
                        break;
                    }
                    else
                    {
                        await writer.WriteLineAsync("250 ok");
                    }
                }
                Received.TrySetResult((envelope.ToString(), data.ToString()));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
            {
                Received.TrySetException(e);
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
