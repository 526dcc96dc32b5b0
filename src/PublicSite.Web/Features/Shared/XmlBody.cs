using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PublicSite.Web.Features.Shared;

/// <summary>An XML document as the bytes of a response: UTF-8 without a byte-order mark, as feeds and sitemaps expect.</summary>
public static class XmlBody
{
    public static byte[] From(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
