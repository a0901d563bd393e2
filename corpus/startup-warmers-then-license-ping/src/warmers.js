// Cache warmers: one lookup per dataset and shard, each under the region configure() chose.
const settings = { region: "global" };

export function configure(opts) {
  settings.region = opts.region ?? settings.region;
}

async function warmAirportsShard0() {
  // ok: credential-exfiltration
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/0.json`, { method: "HEAD" });
}

async function warmAirportsShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/1.json`, { method: "HEAD" });
}

async function warmAirportsShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/2.json`, { method: "HEAD" });
}

async function warmAirportsShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/3.json`, { method: "HEAD" });
}

async function warmAirportsShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/4.json`, { method: "HEAD" });
}

async function warmAirportsShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/5.json`, { method: "HEAD" });
}

async function warmAirportsShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/6.json`, { method: "HEAD" });
}

async function warmAirportsShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/7.json`, { method: "HEAD" });
}

async function warmAirportsShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/8.json`, { method: "HEAD" });
}

async function warmAirportsShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/9.json`, { method: "HEAD" });
}

async function warmAirportsShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/10.json`, { method: "HEAD" });
}

async function warmAirportsShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/11.json`, { method: "HEAD" });
}

async function warmAirportsShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/12.json`, { method: "HEAD" });
}

async function warmAirportsShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/airports/13.json`, { method: "HEAD" });
}

async function warmPortsShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/0.json`, { method: "HEAD" });
}

async function warmPortsShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/1.json`, { method: "HEAD" });
}

async function warmPortsShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/2.json`, { method: "HEAD" });
}

async function warmPortsShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/3.json`, { method: "HEAD" });
}

async function warmPortsShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/4.json`, { method: "HEAD" });
}

async function warmPortsShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/5.json`, { method: "HEAD" });
}

async function warmPortsShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/6.json`, { method: "HEAD" });
}

async function warmPortsShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/7.json`, { method: "HEAD" });
}

async function warmPortsShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/8.json`, { method: "HEAD" });
}

async function warmPortsShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/9.json`, { method: "HEAD" });
}

async function warmPortsShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/10.json`, { method: "HEAD" });
}

async function warmPortsShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/11.json`, { method: "HEAD" });
}

async function warmPortsShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/12.json`, { method: "HEAD" });
}

async function warmPortsShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/ports/13.json`, { method: "HEAD" });
}

async function warmRailsShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/0.json`, { method: "HEAD" });
}

async function warmRailsShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/1.json`, { method: "HEAD" });
}

async function warmRailsShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/2.json`, { method: "HEAD" });
}

async function warmRailsShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/3.json`, { method: "HEAD" });
}

async function warmRailsShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/4.json`, { method: "HEAD" });
}

async function warmRailsShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/5.json`, { method: "HEAD" });
}

async function warmRailsShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/6.json`, { method: "HEAD" });
}

async function warmRailsShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/7.json`, { method: "HEAD" });
}

async function warmRailsShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/8.json`, { method: "HEAD" });
}

async function warmRailsShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/9.json`, { method: "HEAD" });
}

async function warmRailsShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/10.json`, { method: "HEAD" });
}

async function warmRailsShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/11.json`, { method: "HEAD" });
}

async function warmRailsShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/12.json`, { method: "HEAD" });
}

async function warmRailsShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/rails/13.json`, { method: "HEAD" });
}

async function warmRoadsShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/0.json`, { method: "HEAD" });
}

async function warmRoadsShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/1.json`, { method: "HEAD" });
}

async function warmRoadsShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/2.json`, { method: "HEAD" });
}

async function warmRoadsShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/3.json`, { method: "HEAD" });
}

async function warmRoadsShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/4.json`, { method: "HEAD" });
}

async function warmRoadsShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/5.json`, { method: "HEAD" });
}

async function warmRoadsShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/6.json`, { method: "HEAD" });
}

async function warmRoadsShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/7.json`, { method: "HEAD" });
}

async function warmRoadsShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/8.json`, { method: "HEAD" });
}

async function warmRoadsShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/9.json`, { method: "HEAD" });
}

async function warmRoadsShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/10.json`, { method: "HEAD" });
}

async function warmRoadsShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/11.json`, { method: "HEAD" });
}

async function warmRoadsShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/12.json`, { method: "HEAD" });
}

async function warmRoadsShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/roads/13.json`, { method: "HEAD" });
}

async function warmBridgesShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/0.json`, { method: "HEAD" });
}

async function warmBridgesShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/1.json`, { method: "HEAD" });
}

async function warmBridgesShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/2.json`, { method: "HEAD" });
}

async function warmBridgesShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/3.json`, { method: "HEAD" });
}

async function warmBridgesShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/4.json`, { method: "HEAD" });
}

async function warmBridgesShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/5.json`, { method: "HEAD" });
}

async function warmBridgesShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/6.json`, { method: "HEAD" });
}

async function warmBridgesShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/7.json`, { method: "HEAD" });
}

async function warmBridgesShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/8.json`, { method: "HEAD" });
}

async function warmBridgesShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/9.json`, { method: "HEAD" });
}

async function warmBridgesShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/10.json`, { method: "HEAD" });
}

async function warmBridgesShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/11.json`, { method: "HEAD" });
}

async function warmBridgesShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/12.json`, { method: "HEAD" });
}

async function warmBridgesShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/bridges/13.json`, { method: "HEAD" });
}

async function warmTunnelsShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/0.json`, { method: "HEAD" });
}

async function warmTunnelsShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/1.json`, { method: "HEAD" });
}

async function warmTunnelsShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/2.json`, { method: "HEAD" });
}

async function warmTunnelsShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/3.json`, { method: "HEAD" });
}

async function warmTunnelsShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/4.json`, { method: "HEAD" });
}

async function warmTunnelsShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/5.json`, { method: "HEAD" });
}

async function warmTunnelsShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/6.json`, { method: "HEAD" });
}

async function warmTunnelsShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/7.json`, { method: "HEAD" });
}

async function warmTunnelsShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/8.json`, { method: "HEAD" });
}

async function warmTunnelsShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/9.json`, { method: "HEAD" });
}

async function warmTunnelsShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/10.json`, { method: "HEAD" });
}

async function warmTunnelsShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/11.json`, { method: "HEAD" });
}

async function warmTunnelsShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/12.json`, { method: "HEAD" });
}

async function warmTunnelsShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/tunnels/13.json`, { method: "HEAD" });
}

async function warmDamsShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/0.json`, { method: "HEAD" });
}

async function warmDamsShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/1.json`, { method: "HEAD" });
}

async function warmDamsShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/2.json`, { method: "HEAD" });
}

async function warmDamsShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/3.json`, { method: "HEAD" });
}

async function warmDamsShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/4.json`, { method: "HEAD" });
}

async function warmDamsShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/5.json`, { method: "HEAD" });
}

async function warmDamsShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/6.json`, { method: "HEAD" });
}

async function warmDamsShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/7.json`, { method: "HEAD" });
}

async function warmDamsShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/8.json`, { method: "HEAD" });
}

async function warmDamsShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/9.json`, { method: "HEAD" });
}

async function warmDamsShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/10.json`, { method: "HEAD" });
}

async function warmDamsShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/11.json`, { method: "HEAD" });
}

async function warmDamsShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/12.json`, { method: "HEAD" });
}

async function warmDamsShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/dams/13.json`, { method: "HEAD" });
}

async function warmTowersShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/0.json`, { method: "HEAD" });
}

async function warmTowersShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/1.json`, { method: "HEAD" });
}

async function warmTowersShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/2.json`, { method: "HEAD" });
}

async function warmTowersShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/3.json`, { method: "HEAD" });
}

async function warmTowersShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/4.json`, { method: "HEAD" });
}

async function warmTowersShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/5.json`, { method: "HEAD" });
}

async function warmTowersShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/6.json`, { method: "HEAD" });
}

async function warmTowersShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/7.json`, { method: "HEAD" });
}

async function warmTowersShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/8.json`, { method: "HEAD" });
}

async function warmTowersShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/9.json`, { method: "HEAD" });
}

async function warmTowersShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/10.json`, { method: "HEAD" });
}

async function warmTowersShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/11.json`, { method: "HEAD" });
}

async function warmTowersShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/12.json`, { method: "HEAD" });
}

async function warmTowersShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/towers/13.json`, { method: "HEAD" });
}

async function warmParksShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/0.json`, { method: "HEAD" });
}

async function warmParksShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/1.json`, { method: "HEAD" });
}

async function warmParksShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/2.json`, { method: "HEAD" });
}

async function warmParksShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/3.json`, { method: "HEAD" });
}

async function warmParksShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/4.json`, { method: "HEAD" });
}

async function warmParksShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/5.json`, { method: "HEAD" });
}

async function warmParksShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/6.json`, { method: "HEAD" });
}

async function warmParksShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/7.json`, { method: "HEAD" });
}

async function warmParksShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/8.json`, { method: "HEAD" });
}

async function warmParksShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/9.json`, { method: "HEAD" });
}

async function warmParksShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/10.json`, { method: "HEAD" });
}

async function warmParksShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/11.json`, { method: "HEAD" });
}

async function warmParksShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/12.json`, { method: "HEAD" });
}

async function warmParksShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/parks/13.json`, { method: "HEAD" });
}

async function warmLakesShard0() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/0.json`, { method: "HEAD" });
}

async function warmLakesShard1() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/1.json`, { method: "HEAD" });
}

async function warmLakesShard2() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/2.json`, { method: "HEAD" });
}

async function warmLakesShard3() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/3.json`, { method: "HEAD" });
}

async function warmLakesShard4() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/4.json`, { method: "HEAD" });
}

async function warmLakesShard5() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/5.json`, { method: "HEAD" });
}

async function warmLakesShard6() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/6.json`, { method: "HEAD" });
}

async function warmLakesShard7() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/7.json`, { method: "HEAD" });
}

async function warmLakesShard8() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/8.json`, { method: "HEAD" });
}

async function warmLakesShard9() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/9.json`, { method: "HEAD" });
}

async function warmLakesShard10() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/10.json`, { method: "HEAD" });
}

async function warmLakesShard11() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/11.json`, { method: "HEAD" });
}

async function warmLakesShard12() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/12.json`, { method: "HEAD" });
}

async function warmLakesShard13() {
  await fetch(`https://tiles.atlascache.dev/${settings.region}/lakes/13.json`, { method: "HEAD" });
}

export async function warmAll() {
  await warmAirportsShard0();
  await warmAirportsShard1();
  await warmAirportsShard2();
  await warmAirportsShard3();
  await warmAirportsShard4();
  await warmAirportsShard5();
  await warmAirportsShard6();
  await warmAirportsShard7();
  await warmAirportsShard8();
  await warmAirportsShard9();
  await warmAirportsShard10();
  await warmAirportsShard11();
  await warmAirportsShard12();
  await warmAirportsShard13();
  await warmPortsShard0();
  await warmPortsShard1();
  await warmPortsShard2();
  await warmPortsShard3();
  await warmPortsShard4();
  await warmPortsShard5();
  await warmPortsShard6();
  await warmPortsShard7();
  await warmPortsShard8();
  await warmPortsShard9();
  await warmPortsShard10();
  await warmPortsShard11();
  await warmPortsShard12();
  await warmPortsShard13();
  await warmRailsShard0();
  await warmRailsShard1();
  await warmRailsShard2();
  await warmRailsShard3();
  await warmRailsShard4();
  await warmRailsShard5();
  await warmRailsShard6();
  await warmRailsShard7();
  await warmRailsShard8();
  await warmRailsShard9();
  await warmRailsShard10();
  await warmRailsShard11();
  await warmRailsShard12();
  await warmRailsShard13();
  await warmRoadsShard0();
  await warmRoadsShard1();
  await warmRoadsShard2();
  await warmRoadsShard3();
  await warmRoadsShard4();
  await warmRoadsShard5();
  await warmRoadsShard6();
  await warmRoadsShard7();
  await warmRoadsShard8();
  await warmRoadsShard9();
  await warmRoadsShard10();
  await warmRoadsShard11();
  await warmRoadsShard12();
  await warmRoadsShard13();
  await warmBridgesShard0();
  await warmBridgesShard1();
  await warmBridgesShard2();
  await warmBridgesShard3();
  await warmBridgesShard4();
  await warmBridgesShard5();
  await warmBridgesShard6();
  await warmBridgesShard7();
  await warmBridgesShard8();
  await warmBridgesShard9();
  await warmBridgesShard10();
  await warmBridgesShard11();
  await warmBridgesShard12();
  await warmBridgesShard13();
  await warmTunnelsShard0();
  await warmTunnelsShard1();
  await warmTunnelsShard2();
  await warmTunnelsShard3();
  await warmTunnelsShard4();
  await warmTunnelsShard5();
  await warmTunnelsShard6();
  await warmTunnelsShard7();
  await warmTunnelsShard8();
  await warmTunnelsShard9();
  await warmTunnelsShard10();
  await warmTunnelsShard11();
  await warmTunnelsShard12();
  await warmTunnelsShard13();
  await warmDamsShard0();
  await warmDamsShard1();
  await warmDamsShard2();
  await warmDamsShard3();
  await warmDamsShard4();
  await warmDamsShard5();
  await warmDamsShard6();
  await warmDamsShard7();
  await warmDamsShard8();
  await warmDamsShard9();
  await warmDamsShard10();
  await warmDamsShard11();
  await warmDamsShard12();
  await warmDamsShard13();
  await warmTowersShard0();
  await warmTowersShard1();
  await warmTowersShard2();
  await warmTowersShard3();
  await warmTowersShard4();
  await warmTowersShard5();
  await warmTowersShard6();
  await warmTowersShard7();
  await warmTowersShard8();
  await warmTowersShard9();
  await warmTowersShard10();
  await warmTowersShard11();
  await warmTowersShard12();
  await warmTowersShard13();
  await warmParksShard0();
  await warmParksShard1();
  await warmParksShard2();
  await warmParksShard3();
  await warmParksShard4();
  await warmParksShard5();
  await warmParksShard6();
  await warmParksShard7();
  await warmParksShard8();
  await warmParksShard9();
  await warmParksShard10();
  await warmParksShard11();
  await warmParksShard12();
  await warmParksShard13();
  await warmLakesShard0();
  await warmLakesShard1();
  await warmLakesShard2();
  await warmLakesShard3();
  await warmLakesShard4();
  await warmLakesShard5();
  await warmLakesShard6();
  await warmLakesShard7();
  await warmLakesShard8();
  await warmLakesShard9();
  await warmLakesShard10();
  await warmLakesShard11();
  await warmLakesShard12();
  await warmLakesShard13();
}
