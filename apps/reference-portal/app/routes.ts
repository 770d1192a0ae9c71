import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("bezahlen", "routes/bezahlen.tsx"),
  route("bezahlen/zurueck/:token", "routes/bezahlen-zurueck.tsx"),
  route("bezahlen/benachrichtigung", "routes/bezahlen-benachrichtigung.ts"),
  // The sandbox payment platform, mounted in the portal for development and demos (a city's real provider
  // lives elsewhere); it serves its own hosted page, stylesheet and JSON API below /sandbox.
  route("sandbox/*", "routes/sandbox.ts"),
] satisfies RouteConfig;
