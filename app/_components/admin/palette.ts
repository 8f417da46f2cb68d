// Chart colours for the admin pages, in a plain module: server pages pick series colours from
// it too (a value exported by a "use client" module is only a reference on the server).
export const PALETTE = [
  "#ff5c8a",
  "#7dd3fc",
  "#fcd34d",
  "#86efac",
  "#c4b5fd",
  "#fdba74",
  "#f9a8d4",
  "#5eead4",
];
