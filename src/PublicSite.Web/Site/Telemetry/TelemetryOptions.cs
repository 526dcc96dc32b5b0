using System.ComponentModel.DataAnnotations;
using System.Net;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>Metrics and log settings (section <c>Telemetry</c>); see docs/deployment.md, "Metrics and logs".</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// This node's name on every log record and metric series (<c>service.instance.id</c>): what tells two nodes
    /// on one database apart. The machine name unless set.
    /// </summary>
    [Required]
    public string NodeName { get; set; } = Environment.MachineName;

    public PrometheusOptions Prometheus { get; set; } = new();

    public sealed class PrometheusOptions
    {
        /// <summary>Serve <c>/metrics</c> for Prometheus to scrape. Off by default: nothing collects metrics then.</summary>
        public bool Enabled { get; set; }

        /// <summary>
        /// Networks (CIDR) besides loopback whose clients may scrape; everyone else gets a 404, as if there were
        /// no such page. The address is the TCP peer's, or the forwarded client's when ReverseProxy is enabled.
        /// </summary>
        public List<string> AllowedNetworks { get; set; } = [];

        public IEnumerable<string> InvalidNetworks() => AllowedNetworks.Where(n => !IPNetwork.TryParse(n, out _));
    }
}
