export function App() {
  return <main>Fleet TLS Wizard</main>;
}
