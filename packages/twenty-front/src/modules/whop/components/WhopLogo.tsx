type WhopLogoProps = {
  size?: number;
};

// Whop's mark, drawn inline: a white "W" on Whop orange.
export const WhopLogo = ({ size = 40 }: WhopLogoProps) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 40 40"
    role="img"
    aria-label="Whop"
    style={{ flexShrink: 0 }}
  >
    <rect width="40" height="40" rx="9" fill="#FA4616" />
    <path
      d="M9 14.5 L14.5 26 L20 15.5 L25.5 26 L31 14.5"
      fill="none"
      stroke="#FFFFFF"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);
