// Same response compression as Parley (Next.js's default), nothing else.
export default { poweredByHeader: false };
