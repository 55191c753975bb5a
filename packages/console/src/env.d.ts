// Side-effect CSS imports (Vite extracts them into hashed .css files).
declare module "*.css";
