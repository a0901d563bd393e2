export const RECIPES = [
  { name: "Tomato soup", steps: ["Roast tomatoes", "Blend", "Season"] },
  { name: "Fried rice", steps: ["Cook rice the day before", "Fry with egg", "Add soy sauce"] },
];
