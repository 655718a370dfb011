import { siteConfig } from '../site/config.ts';
import { sharePng } from '../site/share-image.ts';

/** The site's share image, for pages without their own. */
export async function GET() {
  const cfg = siteConfig();
  const png = await sharePng({ kicker: cfg.publisher.name, title: cfg.name, status: null, footer: cfg.description });
  return new Response(png as BodyInit, { headers: { 'content-type': 'image/png' } });
}
