/** A share image's size (OpenGraph / Twitter card), px: what pages and oEmbed answers say without drawing one. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
